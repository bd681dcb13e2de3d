/**
 * The employer's pages for their company (profile, team, domain, API tokens), logos,
 * invitations and the company API.
 */
@NullMarked
package dev.backboard.companies.web;

import org.jspecify.annotations.NullMarked;
