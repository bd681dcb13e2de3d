package dev.backboard.imports;

import java.util.Optional;

import dev.backboard.imports.internal.PostingLookup;

import org.springframework.stereotype.Service;

/**
 * Asks an ATS's public job-board API whether a posting still exists, through the same
 * address guard, time limits and base URLs as the imports.
 */
@Service
public class AtsPostings {

	private final PostingLookup lookup;

	AtsPostings(PostingLookup lookup) {
		this.lookup = lookup;
	}

	/**
	 * The posting a job page's address names: a Greenhouse
	 * ({@code boards.greenhouse.io/{board}/jobs/{id}},
	 * {@code job-boards.greenhouse.io/{board}/jobs/{id}}), Lever
	 * ({@code jobs.lever.co/{site}/{id}[/apply]}) or Ashby
	 * ({@code jobs.ashbyhq.com/{board}/{id}[/application]}) page; empty for any other
	 * address.
	 */
	public Optional<AtsPosting> recognize(String url) {
		return lookup.recognize(url);
	}

	/** Asks the vendor; never throws for a failed request, which is {@code UNKNOWN}. */
	public PostingState ask(AtsPosting posting) {
		return lookup.ask(posting);
	}

}
