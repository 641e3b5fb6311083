package org.compassioncoach.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The signposting directory: the built-in UK services, and a file that extends or replaces them. */
class SupportDirectoryTests {

	@TempDir
	Path dir;

	@Test
	void builtInDirectoryHasTheUkDefaultsMostUrgentFirst() {
		SupportDirectory directory = new SupportDirectory(SupportDirectory.load(null));
		assertThat(directory.services()).extracting(SupportService::id)
			.startsWith("emergency", "samaritans", "shout", "nhs-111")
			.contains("eap", "occupational-health", "practitioner-health");
	}

	@Test
	void signpostsForCrisisLeaveOutDoctorAndAbuseServicesUnlessRelevant() {
		SupportDirectory directory = new SupportDirectory(SupportDirectory.load(null));
		Set<String> everyone = Set.of("everyone", "staff");
		assertThat(directory.signposts(SafetyLevel.CRISIS, Set.of("suicidal-thoughts"), everyone))
			.extracting(SupportService::id)
			.contains("emergency", "samaritans", "shout", "nhs-111", "eap")
			.doesNotContain("practitioner-health", "domestic-abuse-helpline");
		assertThat(directory.signposts(SafetyLevel.CRISIS, Set.of("abuse-unsafe-at-home", "abuse"),
				Set.of("everyone", "staff", "doctors")))
			.extracting(SupportService::id)
			.contains("domestic-abuse-helpline", "practitioner-health");
		assertThat(directory.signposts(SafetyLevel.DISTRESS, Set.of("burnout"), everyone)).extracting(SupportService::id)
			.doesNotContain("emergency");
		assertThat(directory.signposts(SafetyLevel.NONE, Set.of(), everyone)).isEmpty();
	}

	@Test
	void directoryFileExtendsAndOverridesByDefault() throws IOException {
		Path file = write("""
				services:
				  - id: eap
				    name: Acme Health EAP
				    contact: "Call 0800 123 4567"
				    when: [crisis, distress]
				    audience: [staff]
				    numbers: ["0800 123 4567"]
				  - id: chaplaincy
				    name: Chaplaincy
				    contact: "Ask the switchboard"
				    when: [distress]
				""");
		SupportDirectory directory = new SupportDirectory(SupportDirectory.load(file));
		assertThat(directory.services()).extracting(SupportService::id).contains("samaritans", "eap", "chaplaincy");
		assertThat(directory.services()).filteredOn((s) -> s.id().equals("eap"))
			.extracting(SupportService::name)
			.containsExactly("Acme Health EAP");
		assertThat(directory.allowedNumbers()).contains("08001234567", "116123");
	}

	@Test
	void directoryFileCanReplaceTheBuiltInDirectory() throws IOException {
		Path file = write("""
				mode: replace
				services:
				  - id: emergency
				    name: Emergency services
				    contact: "Call 112"
				    when: [crisis]
				    numbers: ["112"]
				  - id: lifeline
				    name: Lifeline
				    contact: "Call 13 11 14"
				    url: "https://www.lifeline.org.au"
				    when: [crisis, distress]
				    numbers: ["13 11 14"]
				""");
		SupportDirectory directory = new SupportDirectory(SupportDirectory.load(file));
		assertThat(directory.services()).extracting(SupportService::id).containsExactly("emergency", "lifeline");
		assertThat(directory.allowedNumbers()).containsExactlyInAnyOrder("112", "131114");
		assertThat(directory.allowedHosts()).containsExactly("lifeline.org.au");
	}

	@Test
	void brokenDirectoryFileStopsStartUpWithTheReason() throws IOException {
		Path noName = write("services:\n  - id: x\n    contact: c\n    when: [crisis]\n");
		assertThatIllegalStateException().isThrownBy(() -> SupportDirectory.load(noName)).withMessageContaining("'name'");
		Path badLevel = write("services:\n  - id: x\n    name: X\n    contact: c\n    when: [sometimes]\n");
		assertThatIllegalStateException().isThrownBy(() -> SupportDirectory.load(badLevel))
			.withMessageContaining("'when'");
		Path badMode = write("mode: merge\nservices:\n  - id: x\n    name: X\n    contact: c\n    when: [crisis]\n");
		assertThatIllegalStateException().isThrownBy(() -> SupportDirectory.load(badMode))
			.withMessageContaining("'mode'");
		assertThatIllegalStateException().isThrownBy(() -> SupportDirectory.load(this.dir.resolve("missing.yaml")))
			.withMessageContaining("coach.support.directory");
	}

	private Path write(String yaml) throws IOException {
		Path file = Files.createTempFile(this.dir, "directory", ".yaml");
		Files.writeString(file, yaml);
		return file;
	}

}
