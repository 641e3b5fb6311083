package org.compassioncoach.channels.teams;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TeamsMessageTests {

	@Test
	void fromPublishedExampleStripsTheWebhookMentionAndKeepsOtherNames() {
		TeamsMessage message = TeamsMessage.from(JsonMapper.shared().readTree(TeamsSignatureVerifierTests.vector()));
		assertThat(message.text()).isEqualTo("Hello Larry Brown");
		assertThat(message.conversationId()).matches("teams:[0-9a-f]{16}:[0-9a-f]{16}");
	}

	@Test
	void fromMapsOneConversationPerTeamsConversationAndUser() {
		String a = TeamsMessage.from(activity("19:abc@thread.skype;messageid=1", "29:user-1", "hi")).conversationId();
		assertThat(TeamsMessage.from(activity("19:abc@thread.skype;messageid=1", "29:user-1", "again")).conversationId())
			.isEqualTo(a);
		assertThat(TeamsMessage.from(activity("19:abc@thread.skype;messageid=2", "29:user-1", "hi")).conversationId())
			.isNotEqualTo(a);
		assertThat(TeamsMessage.from(activity("19:abc@thread.skype;messageid=1", "29:user-2", "hi")).conversationId())
			.isNotEqualTo(a);
	}

	@Test
	void fromWithoutConversationOrSenderIsNull() {
		assertThat(TeamsMessage.from(JsonMapper.shared().valueToTree(Map.of("type", "message", "text", "hi")))).isNull();
	}

	@Test
	void plainRemovesBotMentionsListedInEntitiesAndDecodesHtml() {
		assertThat(TeamsMessage.plain("<at>Larry</at> is late &amp; <at>Coach</at> help<br>please&nbsp;now",
				List.of("<at>Coach</at>")))
			.isEqualTo("Larry is late & help\nplease now");
	}

	private static tools.jackson.databind.JsonNode activity(String conversation, String user, String text) {
		return JsonMapper.shared().valueToTree(Map.of("type", "message", "text", "<at>Coach</at> " + text,
				"conversation", Map.of("id", conversation), "from", Map.of("id", user, "name", "A user")));
	}

}
