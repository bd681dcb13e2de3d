package dev.backboard.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestConfig {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	SampleJobs sampleJobs(dev.backboard.jobs.JobService jobs, dev.backboard.companies.CompanyRepository companies,
			MutableClock clock) {
		return new SampleJobs(jobs, companies, clock);
	}

}
