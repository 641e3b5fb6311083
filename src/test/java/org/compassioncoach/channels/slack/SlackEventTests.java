package org.compassioncoach.channels.slack;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SlackEventTests {

	@Test
	void directMessageIsForTheCoachAndAnsweredAtTheTopLevel() {
		SlackEvent event = event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "user", "U1", "text",
				"hello", "ts", "1700000000.000100"));
		assertThat(event.forCoach()).isTrue();
		assertThat(event.replyThreadTs()).isNull();
		assertThat(event.conversationId()).isEqualTo("slack:T1:D1:U1");
	}

	@Test
	void directMessageInAThreadIsItsOwnConversation() {
		SlackEvent event = event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "user", "U1", "text",
				"hello", "ts", "1700000000.000200", "thread_ts", "1700000000.000100"));
		assertThat(event.replyThreadTs()).isEqualTo("1700000000.000100");
		assertThat(event.conversationId()).isEqualTo("slack:T1:D1:1700000000.000100:U1");
	}

	@Test
	void mentionIsAnsweredInTheThreadItStarts() {
		SlackEvent event = event(Map.of("type", "app_mention", "channel", "C1", "user", "U1", "text", "<@UBOT> hi",
				"ts", "1700000000.000100"));
		assertThat(event.forCoach()).isTrue();
		assertThat(event.replyThreadTs()).isEqualTo("1700000000.000100");
		assertThat(event.conversationId()).isEqualTo("slack:T1:C1:1700000000.000100:U1");
	}

	@Test
	void mentionInsideAThreadIsAnsweredInThatThread() {
		SlackEvent event = event(Map.of("type", "app_mention", "channel", "C1", "user", "U1", "text", "<@UBOT> hi",
				"ts", "1700000000.000900", "thread_ts", "1700000000.000100"));
		assertThat(event.replyThreadTs()).isEqualTo("1700000000.000100");
	}

	@Test
	void botsEditsAndOwnPostsAreNotForTheCoach() {
		assertThat(event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "user", "U1", "ts", "1.1",
				"bot_id", "B1")).forCoach()).isFalse();
		assertThat(event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "ts", "1.1", "subtype",
				"bot_message")).forCoach()).isFalse();
		assertThat(event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "user", "U1", "ts", "1.1",
				"subtype", "message_changed")).forCoach()).isFalse();
		assertThat(event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "user", "UBOT", "ts",
				"1.1")).forCoach()).isFalse();
		assertThat(event(Map.of("type", "message", "channel_type", "channel", "channel", "C1", "user", "U1", "ts",
				"1.1")).forCoach()).isFalse();
	}

	@Test
	void deliveryKeysNameTheEventTheMessageAndTheClientMessage() {
		SlackEvent event = event(Map.of("type", "message", "channel_type", "im", "channel", "D1", "user", "U1", "ts",
				"1.1", "client_msg_id", "c-1"));
		assertThat(event.deliveryKeys()).containsExactly("event:Ev1", "message:T1:D1:1.1", "client:c-1");
	}

	@Test
	void conversationIdHashesIdsThatAreNotSafe() {
		assertThat(SlackEvent.conversationId("T1", "D 1/x", null, "U1")).matches("slack:T1:[0-9a-f]{16}:U1");
		assertThat(SlackEvent.conversationId("T1", "D1", "1.1", "U1")).matches("[A-Za-z0-9:._-]{1,200}");
	}

	@Test
	void plainTextDropsTheCoachMentionAndUndoesSlackMarkup() {
		assertThat(SlackText.plain("<@UBOT> how do I tell <@U2|sam> &amp; <#C1|ward-7> about <https://x.org|this>?",
				"UBOT", true))
			.isEqualTo("how do I tell @sam & #ward-7 about this?");
		assertThat(SlackText.plain("<@UBOT>: hi &lt;3 <!here>", null, true)).isEqualTo("hi <3 @here");
		assertThat(SlackText.plain("<@UBOT>", "UBOT", true)).isEmpty();
	}

	@Test
	void plainKeepsALeadingMentionInADirectMessageWhenTheCoachIsUnknown() {
		assertThat(SlackText.plain("<@U2|sam> keeps arriving late", null, false)).isEqualTo("@sam keeps arriving late");
	}

	private static SlackEvent event(Map<String, String> fields) {
		JsonNode callback = JsonMapper.shared()
			.valueToTree(Map.of("type", "event_callback", "team_id", "T1", "event_id", "Ev1", "event", fields,
					"authorizations", new Object[] { Map.of("user_id", "UBOT", "is_bot", true) }));
		return SlackEvent.from(callback);
	}

}
