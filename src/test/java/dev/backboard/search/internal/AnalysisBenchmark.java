package dev.backboard.search.internal;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sun.management.ThreadMXBean;

import dev.backboard.core.SafeMarkdown;
import dev.backboard.demo.DemoDataGenerator;
import dev.backboard.geo.Gazetteer;

/**
 * What indexing and highlighting pay per description for the text work that is
 * Backboard's own: a result card's summary, and the English analysis with the technology
 * symbol rewrites. Prints the CPU time of this thread per description, over 5,000 demo
 * descriptions, for a few rounds (the first ones warm up the JIT). Run by
 * {@code bench/analysis.sh}; compare two commits by running it at each.
 */
public final class AnalysisBenchmark {

	private static final int TEXTS = 5_000;

	private static final int ROUNDS = 8;

	private AnalysisBenchmark() {
	}

	public static void main(String[] args) {
		DemoDataGenerator demo = new DemoDataGenerator(7, Instant.parse("2026-12-01T00:00:00Z"), new Gazetteer().all(),
				DemoDataGenerator.companyCountFor(TEXTS));
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < TEXTS; i++) {
			texts.add(SafeMarkdown.toText(demo.job(i).descriptionMarkdown()));
		}
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long checksum = 0;
		for (int round = 1; round <= ROUNDS; round++) {
			long start = threads.getCurrentThreadCpuTime();
			for (String text : texts) {
				checksum += Summary.of(text).length();
			}
			long summarized = threads.getCurrentThreadCpuTime();
			for (String text : texts) {
				checksum += TextAnalysis.english(text).distinct().size();
			}
			long analysed = threads.getCurrentThreadCpuTime();
			System.out.printf("round %d: summary %.1f µs, English analysis %.1f µs of CPU per description%n", round,
					(summarized - start) / 1e3 / TEXTS, (analysed - summarized) / 1e3 / TEXTS);
		}
		// The same at every commit whose output is unchanged.
		System.out.println("checksum " + checksum);
	}

}
