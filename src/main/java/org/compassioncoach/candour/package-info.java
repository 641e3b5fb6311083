/** The candour assessor (care × challenge grid with quoted observations) and the offline role-play colleague. */
package org.compassioncoach.candour;
