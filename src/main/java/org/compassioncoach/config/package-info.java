/** Cross-cutting wiring: schedulers and HTTP limits. */
package org.compassioncoach.config;
