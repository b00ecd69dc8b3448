/** Where stories are stored: the JPA repository behind the domain's {@code Stories}. */
package uk.nhs.icb.caseworkflows.complaints.stories.infrastructure;
