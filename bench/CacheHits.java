import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a search answered from the result cache costs the node: for each trial, waits for a
 * new minute (answers are kept per minute), asks every search of the list once, then asks
 * them again and again, one at a time, until the minute's 58th second, and prints the
 * node's CPU time per request (from /proc, the node's own threads and its JIT and GC
 * included) and the wall time per request.
 *
 * Usage: java bench/CacheHits.java base-url searches-file node-pid [trials]
 * e.g. java bench/CacheHits.java http://localhost:18080 bench/cache-hits-searches.txt $(pgrep -f BenchApplication) 2
 */
public class CacheHits {

	public static void main(String[] args) throws Exception {
		List<String> paths = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
		String pid = args[2];
		int trials = args.length > 3 ? Integer.parseInt(args[3]) : 2;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		for (int trial = 1; trial <= trials; trial++) {
			Thread.sleep(60_000 - System.currentTimeMillis() % 60_000 + 500);
			for (String path : paths) {
				get(http, args[0] + path);
			}
			long end = System.currentTimeMillis() / 60_000 * 60_000 + 58_000;
			long cpuBefore = cpuTicks(pid);
			long start = System.nanoTime();
			int requests = 0;
			while (System.currentTimeMillis() < end) {
				for (String path : paths) {
					get(http, args[0] + path);
					requests++;
				}
			}
			double wallMs = (System.nanoTime() - start) / 1e6;
			double cpuMs = (cpuTicks(pid) - cpuBefore) * 10.0;
			System.out.printf("trial %d: %,d requests, node CPU %.2f ms per request, wall %.2f ms per request%n", trial,
					requests, cpuMs / requests, wallMs / requests);
		}
	}

	private static void get(HttpClient http, String url) throws Exception {
		HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
	}

	/** User and system time of the process, in clock ticks of 10 ms. */
	private static long cpuTicks(String pid) throws Exception {
		String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
