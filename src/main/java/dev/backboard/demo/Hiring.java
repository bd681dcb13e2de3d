package dev.backboard.demo;

import java.util.List;

/**
 * How companies describe their interview process.
 */
final class Hiring {

	static final List<String> PROCESSES = List.of("""
			1. A 30-minute call with our recruiter about the role and what you are looking for
			2. A technical conversation with two engineers about a system you have built
			3. A take-home exercise of about three hours, or a pairing session if you prefer
			4. A conversation with your future manager and a member of the leadership team

			We aim to complete the process within three weeks and give you feedback after every step.""", """
			1. Intro call (30 minutes)
			2. Live coding in your own editor, on a problem close to our daily work (60 minutes)
			3. System design interview (60 minutes)
			4. Meet the team

			No trick questions and no whiteboard puzzles.""", """
			1. Send us your CV or a link to your profile; no cover letter needed
			2. A short call with the hiring manager
			3. A paid trial day with the team
			4. References and an offer

			Most candidates hear back from us within five working days.""",
			"We keep it short: a call with a founder, a technical deep-dive with two engineers about work you are"
					+ " proud of, and a final conversation with the team. The whole process usually takes two weeks.",
			"Our process has three steps: a call with the hiring manager, a practical exercise that we review"
					+ " together with you, and a values interview. We share the questions for the exercise in"
					+ " advance.");

	private Hiring() {
	}

	static String equalOpportunity(String company) {
		return company + " is an equal opportunity employer. We welcome applications from people of every"
				+ " background, and we are happy to adjust the process if you need us to.";
	}

}
