/** Crisis and distress detection, signposting to real support, and the checks every model output passes. */
package org.compassioncoach.safety;
