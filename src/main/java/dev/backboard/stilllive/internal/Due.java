package dev.backboard.stilllive.internal;

/**
 * A published job whose apply page is to be checked.
 *
 * @param jobId the job
 * @param companyId its employer
 * @param title its title, for mails
 * @param url its apply URL
 */
record Due(long jobId, long companyId, String title, String url) {
}
