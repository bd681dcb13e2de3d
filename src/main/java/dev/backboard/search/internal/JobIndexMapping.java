package dev.backboard.search.internal;

import static dev.backboard.search.internal.JobAnalysisConfigurer.AUTOCOMPLETE;
import static dev.backboard.search.internal.JobAnalysisConfigurer.AUTOCOMPLETE_QUERY;
import static dev.backboard.search.internal.JobAnalysisConfigurer.ENGLISH;
import static dev.backboard.search.internal.JobAnalysisConfigurer.MENTIONS;

import java.util.List;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.builtin.programmatic.GeoPointBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;

import dev.backboard.companies.Company;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.Salary;

/**
 * How a job becomes a search document. The mapping lives here, not on the entity, so that
 * the jobs module knows nothing of search.
 */
public class JobIndexMapping implements HibernateOrmSearchMappingConfigurer {

	private final String indexName;

	/** The mapping of the embedded index, named {@code job}. */
	public JobIndexMapping() {
		this("job");
	}

	JobIndexMapping(String indexName) {
		this.indexName = indexName;
	}

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
		mapJob(mapping.type(Job.class));
		mapCompany(mapping.type(Company.class));
		mapLocation(mapping.type(JobLocation.class));
		mapSalary(mapping.type(Salary.class));
	}

	private void mapJob(TypeMappingStep job) {
		job.indexed().index(indexName).routingBinder(new PublishedJobsOnly());
		job.property("slug").keywordField(JobFields.SLUG).projectable(Projectable.YES);
		job.property("title")
			.fullTextField(JobFields.TITLE)
			.analyzer(ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED))
			.fullTextField(JobFields.TITLE_MENTIONS)
			.valueBridge(TechnologyMentions.WITH_WORDS)
			.analyzer(MENTIONS)
			.fullTextField(JobFields.TITLE_AUTOCOMPLETE)
			.analyzer(AUTOCOMPLETE)
			.searchAnalyzer(AUTOCOMPLETE_QUERY)
			.keywordField(JobFields.TITLE_FAMILY)
			.valueBridge(new TitleFamily())
			.aggregable(Aggregable.YES)
			.searchable(Searchable.NO);
		job.property("descriptionText")
			.fullTextField(JobFields.DESCRIPTION)
			.analyzer(ENGLISH)
			.projectable(Projectable.YES)
			.highlightable(List.of(Highlightable.UNIFIED))
			.fullTextField(JobFields.DESCRIPTION_MENTIONS)
			.valueBridge(TechnologyMentions.ALONE)
			.analyzer(MENTIONS)
			.genericField(JobFields.SUMMARY)
			.valueBridge(new Summary())
			.projectable(Projectable.YES)
			.searchable(Searchable.NO)
			.indexingDependency()
			.derivedFrom(PojoModelPath.parse("descriptionMarkdown"));
		job.property("skillSlugs")
			.keywordField(JobFields.SKILLS)
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES)
			.fullTextField(JobFields.SKILLS_TEXT)
			.analyzer(ENGLISH)
			.indexingDependency()
			.derivedFrom(PojoModelPath.parse("skills"));
		job.property("requiredSkillSlugs")
			.keywordField(JobFields.REQUIRED_SKILLS)
			.indexingDependency()
			.derivedFrom(PojoModelPath.parse("skills"));
		job.property("company")
			.indexedEmbedded()
			.includePaths("id", "name", "nameRaw", "nameAutocomplete", "slug", CompanyFacetKey.FIELD)
			// Company names rarely change; the companies module reindexes its jobs when
			// one does.
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		job.property("locations").indexedEmbedded();
		job.property("salary").indexedEmbedded();
		job.property("workplaceType")
			.keywordField(JobFields.WORKPLACE)
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		job.property("employmentType")
			.keywordField(JobFields.EMPLOYMENT)
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		job.property("seniority")
			.keywordField(JobFields.SENIORITY)
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		job.property("remoteCountries").keywordField(JobFields.REMOTE_COUNTRIES).projectable(Projectable.YES);
		job.property("salaryAnnualMax")
			.scaledNumberField(JobFields.ANNUAL_MAX)
			.decimalScale(0)
			.sortable(Sortable.YES)
			.aggregable(Aggregable.YES);
		job.property("postedAt")
			.genericField(JobFields.POSTED_AT)
			.sortable(Sortable.YES)
			.aggregable(Aggregable.YES)
			.projectable(Projectable.YES);
		// For digests: the jobs that started to match a saved search since the last one.
		job.property("updatedAt").genericField(JobFields.CHANGED_AT);
		job.property("featured").genericField(JobFields.FEATURED).projectable(Projectable.YES);
		job.property("visaSponsorship").genericField(JobFields.VISA).projectable(Projectable.YES);
		job.property("relocation").genericField(JobFields.RELOCATION).projectable(Projectable.YES);
	}

	private void mapCompany(TypeMappingStep company) {
		company.binder(new CompanyFacetKey());
		// Facet counts by number: a terms aggregation over tens of thousands of names is
		// slow.
		company.property("id").genericField("id").aggregable(Aggregable.YES).searchable(Searchable.NO);
		company.property("name")
			.fullTextField("name")
			.analyzer(ENGLISH)
			.keywordField("nameRaw")
			.projectable(Projectable.YES)
			.searchable(Searchable.NO)
			.fullTextField("nameAutocomplete")
			.analyzer(AUTOCOMPLETE)
			.searchAnalyzer(AUTOCOMPLETE_QUERY);
		company.property("slug").keywordField("slug").projectable(Projectable.YES).aggregable(Aggregable.YES);
	}

	private void mapLocation(TypeMappingStep location) {
		location.binder(GeoPointBinder.create().fieldName("point").markerSet("coordinates"));
		location.property("latitude").marker(GeoPointBinder.latitude().markerSet("coordinates"));
		location.property("longitude").marker(GeoPointBinder.longitude().markerSet("coordinates"));
		location.property("city")
			.keywordField("city")
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES)
			.fullTextField("cityText")
			.analyzer(ENGLISH)
			.fullTextField("cityAutocomplete")
			.analyzer(AUTOCOMPLETE)
			.searchAnalyzer(AUTOCOMPLETE_QUERY);
		location.property("countryCode")
			.keywordField("countryCode")
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES);
	}

	private void mapSalary(TypeMappingStep salary) {
		salary.property("min").scaledNumberField("min").decimalScale(2).projectable(Projectable.YES);
		salary.property("max").scaledNumberField("max").decimalScale(2).projectable(Projectable.YES);
		salary.property("currency").keywordField("currency").projectable(Projectable.YES);
		salary.property("period").keywordField("period").projectable(Projectable.YES);
	}

}
