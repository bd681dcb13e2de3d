package dev.backboard.companies.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An employer without a company who opens a company page is sent to create one.
 */
@ControllerAdvice(basePackageClasses = EmployerPages.class)
class EmployerPages {

	@ExceptionHandler(Employers.NoCompanyYet.class)
	String createCompanyFirst() {
		return "redirect:/employer/company/new";
	}

}
