package org.compassioncoach.config;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Lets a plain {@code java -jar} give memory back after a burst. With the JVM's defaults the G1
 * collector grows the heap under load and keeps it: measured, 500 streams left the process
 * resident at 1 GB for a live set near 100 MB. When the operator has not set them, this asks G1
 * (through its manageable options, the same as {@code -XX:} flags) for a concurrent cycle after
 * 5 s without a collection and to shrink the heap to at most 50% free at the end of it, so an
 * idle service returns to its working size. Under load collections happen all the time, so
 * nothing changes there. Any of these options set on the command line wins.
 */
@Component
class IdleHeapReturn implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(IdleHeapReturn.class);

	@Override
	public void afterSingletonsInstantiated() {
		try {
			HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
			if (hotspot == null || !"true".equals(hotspot.getVMOption("UseG1GC").getValue())) {
				return;
			}
			setIfDefault(hotspot, "G1PeriodicGCInterval", "5000");
			// MinHeapFreeRatio must stay below MaxHeapFreeRatio, so it goes first.
			setIfDefault(hotspot, "MinHeapFreeRatio", "20");
			setIfDefault(hotspot, "MaxHeapFreeRatio", "50");
		}
		catch (RuntimeException ex) {
			// Another JVM, or options it does not have: memory use is then the JVM's own affair.
			logger.debug("Idle heap return not set: " + ex.getClass().getSimpleName());
		}
	}

	private static void setIfDefault(HotSpotDiagnosticMXBean hotspot, String name, String value) {
		if (hotspot.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT) {
			hotspot.setVMOption(name, value);
		}
	}

}
