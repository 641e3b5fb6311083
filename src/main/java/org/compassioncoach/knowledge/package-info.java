/** The curated knowledge cards, their loading, and the retrieval that grounds every reply. */
package org.compassioncoach.knowledge;
