/** The in-process MiniLM embedding model and the bounded scheduler it runs on. */
package org.compassioncoach.embedding;
