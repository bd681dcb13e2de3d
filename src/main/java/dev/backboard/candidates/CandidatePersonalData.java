package dev.backboard.candidates;

import java.util.List;
import java.util.Map;

import dev.backboard.core.privacy.ExportedFile;
import dev.backboard.core.privacy.PersonalData;

import org.springframework.stereotype.Component;

/**
 * The candidate's profile and résumés: the profile and what is known about each résumé in
 * the export's JSON, the files themselves next to it under names made of their ids. On
 * erasure both are deleted.
 */
@Component
class CandidatePersonalData implements PersonalData {

	private final CandidateProfiles profiles;

	private final Resumes resumes;

	CandidatePersonalData(CandidateProfiles profiles, Resumes resumes) {
		this.profiles = profiles;
		this.resumes = resumes;
	}

	@Override
	public String section() {
		return "candidate";
	}

	@Override
	public Object export(long accountId) {
		List<ExportedResume> files = resumes.forAccount(accountId)
			.stream()
			.map(resume -> new ExportedResume(resume, path(resume)))
			.toList();
		return Map.of("profile", profiles.find(accountId).map(Object.class::cast).orElse(Map.of()), "resumes", files);
	}

	@Override
	public List<ExportedFile> files(long accountId) {
		return resumes.forAccount(accountId).stream().map(resume -> {
			ResumeFile file = resumes.readOwn(accountId, resume.id());
			return new ExportedFile(path(resume), resume.type().contentType(), file.content());
		}).toList();
	}

	@Override
	public void erase(long accountId) {
		resumes.deleteAllOf(accountId);
		profiles.delete(accountId);
	}

	/** Named by id: the name the candidate gave the file is never a path. */
	private static String path(Resume resume) {
		return "resumes/" + resume.id() + resume.type().extension();
	}

	/**
	 * @param resume what is known about the résumé
	 * @param file where the file is in the archive
	 */
	record ExportedResume(Resume resume, String file) {
	}

}
