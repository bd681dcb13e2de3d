package dev.backboard.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ExternalSignInIntegrationTests {

	@Autowired
	ExternalSignIn signIns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void firstSignInsWithOneNewIdentityAtOnceCreateOneAccount() throws Exception {
		String subject = "subject-" + System.nanoTime();
		ExternalIdentity identity = new ExternalIdentity("acme", "https://sso.acme.example", subject,
				Users.freshEmail("twin"), true, "Twin");
		CountDownLatch start = new CountDownLatch(1);
		List<Future<SignedInUser>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
			for (int i = 0; i < 3; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return signIns.signIn(identity, null);
				}));
			}
			start.countDown();
			List<Long> accounts = new ArrayList<>();
			for (Future<SignedInUser> result : results) {
				accounts.add(result.get().accountId());
			}
			assertThat(accounts).containsOnly(accounts.getFirst());
		}
		assertThat(jdbc.sql("select count(*) from user_identity where subject = ?")
			.param(subject)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
