package org.compassioncoach.channels.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/**
 * One Slack message as the coach sends it.
 *
 * @param text the notification and accessibility text (mrkdwn)
 * @param blocks the Block Kit layout, within Slack's limits
 */
record SlackMessage(String text, List<LayoutBlock> blocks) {

	SlackMessage {
		blocks = List.copyOf(blocks);
	}

}
