import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one OpenSearch node for the tests, in a process of its own (OpenSearch needs
 * Lucene 10, the application Lucene 9): java -cp target/opensearch.classpath
 * src/test/opensearch/RunOpenSearch.java DATA_DIR HTTP_PORT. It runs until the process is
 * stopped.
 */
public class RunOpenSearch {

	public static void main(String[] args) throws Exception {
		OpenSearchRunner runner = new OpenSearchRunner();
		// The runner looks for a port between the base and this maximum, 9299 unless told
		runner.setMaxHttpPort(65535);
		runner.onBuild((index, settings) -> {
			settings.put("network.host", "127.0.0.1");
			settings.put("discovery.type", "single-node");
			settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
		});
		// The runner gives its first node the base port plus one
		runner.build(OpenSearchRunner.newConfigs()
			.basePath(args[0])
			.numOfNode(1)
			.baseHttpPort(Integer.parseInt(args[1]) - 1)
			.clusterName("backboard-test")
			.printOnFailure());
		runner.ensureYellow();
		System.out.println("OpenSearch is up on port " + args[1]);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				runner.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
		}));
		Thread.currentThread().join();
	}

}
