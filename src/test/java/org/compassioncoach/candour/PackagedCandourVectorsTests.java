package org.compassioncoach.candour;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.compassioncoach.embedding.PackagedVectorsCheck;

/** A first start reads the candour exemplars' vectors instead of embedding them. */
class PackagedCandourVectorsTests {

	@Test
	void packagedVectorsCoverEveryCandourExemplarAndMatchTheModel() throws IOException {
		PackagedVectorsCheck.verifyOrWrite("candour-exemplars", CandourAssessor::new);
	}

}
