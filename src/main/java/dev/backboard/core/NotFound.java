package dev.backboard.core;

/**
 * Nothing the caller may see answers to that key: it does not exist or belongs to someone
 * else. Both cases give the same 404, so a foreign id reveals nothing.
 */
public class NotFound extends RuntimeException {

	/**
	 * @param what the kind of thing asked for, e.g. "job"; the key asked for is never
	 * echoed
	 */
	public NotFound(String what) {
		super("No such " + what);
	}

}
