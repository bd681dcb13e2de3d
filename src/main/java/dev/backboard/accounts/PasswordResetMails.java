package dev.backboard.accounts;

import java.io.Serializable;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks up the account and mails its reset link in the background. A request for a reset
 * only schedules this, the same one row whether or not the address has an account, so the
 * answer takes as long either way and its timing tells nothing.
 */
@Configuration(proxyBeanMethods = false)
class PasswordResetMails {

	static final TaskDescriptor<Request> TASK = TaskDescriptor.of("password-reset-mail", Request.class);

	/** The address as typed and the address of the client that asked. */
	record Request(String email, @Nullable String ip) implements Serializable {
	}

	@Bean
	OneTimeTask<Request> passwordResetMail(UserAccountRepository users, AccountTokens tokens, AccountMails mails,
			SecurityEvents events, AccountsProperties properties, TransactionTemplate transactions) {
		return Tasks.oneTime(TASK).execute((instance, context) -> transactions.executeWithoutResult(status -> {
			Request request = instance.getData();
			users.findByEmail(UserAccount.normalize(request.email())).ifPresent(account -> {
				String token = tokens.issue(account.getId(), AccountTokens.Purpose.RESET_PASSWORD, null,
						properties.passwordResetValidity());
				mails.resetPassword(account.getEmail(), token);
				events.recordFrom(request.ip(), account.getId(), SecurityEventType.PASSWORD_RESET_REQUESTED);
			});
		}));
	}

}
