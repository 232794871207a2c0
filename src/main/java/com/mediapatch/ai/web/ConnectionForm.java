package com.mediapatch.ai.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.ConnectionDraft;
import com.mediapatch.ai.internal.ConnectionKind;

/**
 * The connection form. Money is typed as decimals (a budget in whole currency units with cents, a price per unit
 * with up to six decimals) and kept as typed when the form comes back with errors; the key never comes back.
 */
public record ConnectionForm(
        @NotBlank(message = "Name the connection.") @Size(max = 80, message = "Use at most 80 characters.") String name,
        @NotBlank(message = "Choose what kind of server it is.")
        @Pattern(regexp = "OLLAMA|OPENAI_COMPATIBLE|OPENAI|OPENROUTER|HUGGING_FACE", message = "Choose one of the kinds listed.") String kind,
        @NotBlank(message = "Enter the server's address.") @Size(max = 500, message = "Use at most 500 characters.")
        @Pattern(regexp = "https?://[^\\s]+", message = "Enter an address starting with http:// or https://.") String baseUrl,
        @Size(max = 200, message = "Use at most 200 characters.") String textModel,
        @Size(max = 200, message = "Use at most 200 characters.") String embeddingModel,
        @Size(max = 500, message = "Use at most 500 characters.") String key,
        @Pattern(regexp = "|\\d{1,9}(\\.\\d{1,2})?", message = "Enter an amount like 25 or 25.50, or leave it empty for no budget.") String monthlyBudget,
        @Pattern(regexp = "|\\d{1,6}(\\.\\d{1,6})?", message = "Enter a price like 0.002, or leave it empty for free.") String pricePerUnit) {

    static ConnectionForm empty() {
        return new ConnectionForm("", ConnectionKind.OLLAMA.name(), ConnectionKind.OLLAMA.defaultBaseUrl(), "", "", "", "", "");
    }

    static ConnectionForm of(AiConnection connection) {
        return new ConnectionForm(connection.name(), connection.kind().name(), connection.baseUrl(), connection.textModel(),
                connection.embeddingModel(), "", BigDecimal.valueOf(connection.monthlyBudgetCents(), 2).toPlainString(),
                BigDecimal.valueOf(connection.priceMicrosPerUnit(), 6).stripTrailingZeros().toPlainString());
    }

    /** The same form without the typed key, to show again. */
    ConnectionForm withoutKey() {
        return new ConnectionForm(name, kind, baseUrl, textModel, embeddingModel, "", monthlyBudget, pricePerUnit);
    }

    ConnectionDraft draft() {
        return new ConnectionDraft(name.strip(), ConnectionKind.valueOf(kind), baseUrl.strip(), blankless(textModel),
                blankless(embeddingModel), key == null ? null : key.strip(), scaled(monthlyBudget, 2), scaled(pricePerUnit, 6));
    }

    private static String blankless(String value) {
        return value == null ? "" : value.strip();
    }

    private static long scaled(String decimal, int scale) {
        return decimal == null || decimal.isBlank() ? 0 : new BigDecimal(decimal).setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    @Override
    public String toString() {
        return "ConnectionForm[" + name + ", " + kind + ", key ****]";
    }
}
