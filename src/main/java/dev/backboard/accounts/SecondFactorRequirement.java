package dev.backboard.accounts;

/**
 * A rule that makes two-factor authentication mandatory for some accounts. Any module may
 * contribute one as a bean; an account must enroll when any rule says so. Accounts that
 * must enroll but have not are sent to enrollment before they reach employer, moderation
 * or admin pages.
 */
public interface SecondFactorRequirement {

	boolean requiresSecondFactor(long accountId);

}
