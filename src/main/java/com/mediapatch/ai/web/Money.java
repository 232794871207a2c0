package com.mediapatch.ai.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts kept in millionths of the currency, shown with two decimals (more for prices per unit). */
public final class Money {

    private Money() {
    }

    public static String of(long micros) {
        return BigDecimal.valueOf(micros, 6).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String price(long micros) {
        return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
    }

    /** How much of the budget is spent, 0 to 100, for the bar; 0 without a budget. */
    public static int percent(long spent, long budget) {
        return budget <= 0 ? 0 : (int) Math.min(100, spent * 100 / budget);
    }
}
