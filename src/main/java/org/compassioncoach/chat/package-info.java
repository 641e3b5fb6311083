/** The turn pipeline and the chat API: request and response records, validation, streaming and error handling. */
package org.compassioncoach.chat;
