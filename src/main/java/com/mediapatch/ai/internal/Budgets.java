package com.mediapatch.ai.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import com.mediapatch.ai.Capability;

import org.springframework.stereotype.Component;

/**
 * What calls cost and whether a connection may still spend: prices are per unit of the capability (1k tokens for
 * text and embeddings, a call for classification), budgets per calendar month (UTC), projected from the month so far.
 */
@Component
public class Budgets {

    /** A connection's month: spent so far, its budget (0 for none) and where the month ends at this pace. */
    public record Month(long spentMicros, long budgetMicros, long projectedMicros) {

        public boolean exhausted() {
            return budgetMicros > 0 && spentMicros >= budgetMicros;
        }
    }

    static final long MICROS_PER_CENT = 10_000;

    private final UsageStore usage;
    private final Clock clock;

    Budgets(UsageStore usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    long cost(AiConnection connection, Capability capability, long units) {
        long perUnit = connection.priceMicrosPerUnit();
        return capability == Capability.TEXT || capability == Capability.EMBEDDINGS ? (units * perUnit + 999) / 1000 : units * perUnit;
    }

    boolean exhausted(AiConnection connection) {
        return connection.monthlyBudgetCents() > 0 && month(connection).exhausted();
    }

    public Month month(AiConnection connection) {
        LocalDate today = UsageStore.day(clock.instant());
        YearMonth month = YearMonth.from(today);
        long spent = usage.spentSince(connection.linkKey(), month.atDay(1));
        long projected = spent * month.lengthOfMonth() / today.getDayOfMonth();
        return new Month(spent, connection.monthlyBudgetCents() * MICROS_PER_CENT, projected);
    }
}
