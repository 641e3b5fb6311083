package org.compassioncoach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Compassion Coach service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompassionCoachApplication {

	public static void main(String[] args) {
		SpringApplication.run(CompassionCoachApplication.class, args);
	}

}
