/** The static chat page and its routing. */
package org.compassioncoach.web;
