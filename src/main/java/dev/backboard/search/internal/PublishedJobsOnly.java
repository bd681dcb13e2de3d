package dev.backboard.search.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import dev.backboard.jobs.Job;

/**
 * Keeps only published jobs in the index: a job that expires leaves search at the same
 * commit.
 */
class PublishedJobsOnly implements RoutingBinder {

	@Override
	public void bind(RoutingBindingContext context) {
		context.dependencies().use("status");
		context.bridge(Job.class, new Bridge());
	}

	private static final class Bridge implements RoutingBridge<Job> {

		@Override
		public void route(DocumentRoutes routes, Object entityIdentifier, Job job, RoutingBridgeRouteContext context) {
			if (job.isPublished()) {
				routes.addRoute();
			}
			else {
				routes.notIndexed();
			}
		}

		@Override
		public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Job job,
				RoutingBridgeRouteContext context) {
			// One index without sharding: a job that was indexed is always at the same
			// place.
			routes.addRoute();
		}

	}

}
