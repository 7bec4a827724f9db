package be.kompas.policy.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import be.kompas.core.NavigationItem;
import be.kompas.identity.DefaultGrant;
import be.kompas.identity.Roles;
import be.kompas.policy.PolicyPermissions;

@Configuration(proxyBeanMethods = false)
class PolicyDefaults {

    @Bean
    static DefaultGrant policyManaged() {
        return DefaultGrant.of(PolicyPermissions.MANAGE, Roles.INTEGRITY_COORDINATOR);
    }

    @Bean
    static DefaultGrant policyRead() {
        return DefaultGrant.of(PolicyPermissions.READ, Roles.INTEGRITY_COORDINATOR, Roles.CHIEF_OF_POLICE,
                Roles.DISCIPLINARY_AUTHORITY);
    }

    @Bean
    static DefaultGrant policyNational() {
        return DefaultGrant.of(PolicyPermissions.NATIONAL, Roles.AIG_ANALYST);
    }

    @Bean
    static DefaultGrant policySurveyAnswer() {
        return DefaultGrant.of(PolicyPermissions.SURVEY_ANSWER, Roles.STAFF_MEMBER);
    }

    @Bean
    static NavigationItem risksNavigation() {
        return new NavigationItem("policy.nav.risks", "/policy/risks", PolicyPermissions.READ, 600);
    }

    @Bean
    static NavigationItem actionPlanNavigation() {
        return new NavigationItem("policy.nav.actions", "/policy/actions", PolicyPermissions.READ, 601);
    }

    @Bean
    static NavigationItem maturityNavigation() {
        return new NavigationItem("policy.nav.maturity", "/policy/maturity", PolicyPermissions.READ, 602);
    }

    @Bean
    static NavigationItem nationalNavigation() {
        return new NavigationItem("policy.nav.national", "/policy/national", PolicyPermissions.NATIONAL, 603);
    }

    @Bean
    static NavigationItem recommendationsNavigation() {
        return new NavigationItem("policy.nav.recommendations", "/policy/recommendations", PolicyPermissions.READ,
                604);
    }

    @Bean
    static NavigationItem vulnerableFunctionsNavigation() {
        return new NavigationItem("policy.nav.vulnerable", "/policy/vulnerable-functions", PolicyPermissions.READ,
                605);
    }

    @Bean
    static NavigationItem complianceNavigation() {
        return new NavigationItem("policy.nav.compliance", "/policy/compliance", PolicyPermissions.READ, 606);
    }

    @Bean
    static NavigationItem annualPlanNavigation() {
        return new NavigationItem("policy.nav.annualPlan", "/policy/annual-plan", PolicyPermissions.READ, 607);
    }

    @Bean
    static NavigationItem surveysNavigation() {
        return new NavigationItem("policy.nav.surveys", "/policy/surveys", PolicyPermissions.READ, 608);
    }

    @Bean
    static NavigationItem takeSurveyNavigation() {
        return new NavigationItem("policy.nav.takeSurvey", "/policy/surveys/open", PolicyPermissions.SURVEY_ANSWER,
                609);
    }

    @Bean
    static NavigationItem frameworkNavigation() {
        return new NavigationItem("policy.nav.framework", "/policy/framework", PolicyPermissions.READ, 610);
    }

    @Bean
    static NavigationItem reportNavigation() {
        return new NavigationItem("policy.nav.report", "/policy/report", PolicyPermissions.READ, 611);
    }
}
