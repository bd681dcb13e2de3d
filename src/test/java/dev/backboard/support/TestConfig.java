package dev.backboard.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

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

	/** A real SMTP server on a free port; the application sends to it as to any other. */
	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		greenMail.start();
		return greenMail;
	}

	@Bean
	JavaMailSender mailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(greenMail.getSmtp().getPort());
		return sender;
	}

	@Bean
	Mailbox mailbox(GreenMail greenMail) {
		return new Mailbox(greenMail);
	}

	@Bean
	Users users(dev.backboard.accounts.Accounts accounts, dev.backboard.accounts.TwoFactor twoFactor,
			Authenticator authenticator) {
		return new Users(accounts, twoFactor, authenticator);
	}

	@Bean
	Authenticator authenticator(MutableClock clock) {
		return new Authenticator(clock);
	}

}
