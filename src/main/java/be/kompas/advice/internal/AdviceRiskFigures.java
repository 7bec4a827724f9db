package be.kompas.advice.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import be.kompas.policy.RiskSource;
import be.kompas.policy.RiskSourceFigures;
import be.kompas.tenancy.OrganisationId;

/**
 * The Advice Point's statistics per category feed the risk analysis (domain.md 3, "Reuse: feeds the risk analysis"):
 * the reports received in the year per category, as counts only, small counts hidden as everywhere outside the
 * Advice Point team. Nothing is decrypted: the category is metadata.
 */
@Component
class AdviceRiskFigures implements RiskSourceFigures {

    private final AdviceRepository reports;
    private final AdviceService advice;
    private final MessageSource messages;

    AdviceRiskFigures(AdviceRepository reports, AdviceService advice, MessageSource messages) {
        this.reports = reports;
        this.advice = advice;
        this.messages = messages;
    }

    @Override
    public RiskSource source() {
        return RiskSource.ADVICE_POINT;
    }

    @Override
    public List<Figure> figures(OrganisationId organisation, int year, Locale locale) {
        Map<String, Long> counts = reports.receivedIn(organisation, year).stream()
                .collect(Collectors.groupingBy(AdviceRepository.StoredReport::categoryCode, Collectors.counting()));
        Function<Map.Entry<String, String>, String> label = category -> category.getValue() != null
                ? category.getValue()
                : messages.getMessage("advice.category." + category.getKey(), null, category.getKey(), locale);
        return advice.categories(organisation).entrySet().stream()
                .map(category -> Figure.of(label.apply(category), counts.getOrDefault(category.getKey(), 0L)))
                .toList();
    }
}
