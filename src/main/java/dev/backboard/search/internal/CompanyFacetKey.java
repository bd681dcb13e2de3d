package dev.backboard.search.internal;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import dev.backboard.companies.Company;

/**
 * One keyword holding a company's slug and name, so that a facet count carries both the
 * value to filter on and the label to show.
 */
class CompanyFacetKey implements TypeBinder {

	static final String FIELD = "facetKey";

	static final char SEPARATOR = '\u001f';

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("slug").use("name");
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(FIELD, f -> f.asString().aggregable(Aggregable.YES))
			.toReference();
		context.bridge(Company.class, new Bridge(field));
	}

	private record Bridge(IndexFieldReference<String> field) implements TypeBridge<Company> {

		@Override
		public void write(DocumentElement target, Company company, TypeBridgeWriteContext context) {
			target.addValue(field, company.getSlug() + SEPARATOR + company.getName());
		}

	}

}
