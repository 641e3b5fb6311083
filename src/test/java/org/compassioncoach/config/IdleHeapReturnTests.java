package org.compassioncoach.config;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The idle heap return asks G1 for periodic collections, and leaves an operator's own choice alone. */
class IdleHeapReturnTests {

	private final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	@Test
	void startUpWithGarbageFirstAsksForPeriodicCollectionsUnlessTheOperatorChose() {
		assumeTrue("true".equals(this.hotspot.getVMOption("UseG1GC").getValue()), "the test JVM does not run G1");
		VMOption before = this.hotspot.getVMOption("G1PeriodicGCInterval");
		new IdleHeapReturn().afterSingletonsInstantiated();
		VMOption after = this.hotspot.getVMOption("G1PeriodicGCInterval");
		if (before.getOrigin() == VMOption.Origin.DEFAULT) {
			assertThat(after.getValue()).isEqualTo("5000");
		}
		else {
			assertThat(after.getValue()).isEqualTo(before.getValue());
		}
		assertThat(Integer.parseInt(this.hotspot.getVMOption("MinHeapFreeRatio").getValue()))
			.isLessThan(Integer.parseInt(this.hotspot.getVMOption("MaxHeapFreeRatio").getValue()));
	}

}
