/** Model wiring, prompt loading, and the two reply generators (offline and LLM). */
package org.compassioncoach.llm;
