/** The coaching flows as explicit state machines, and the intent detection that offers them. */
package org.compassioncoach.flows;
