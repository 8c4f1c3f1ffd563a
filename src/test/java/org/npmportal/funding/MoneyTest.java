package org.npmportal.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void a_conversion_rounds_once_half_to_even_to_the_target_currencys_minor_units() {
        assertThat(Money.of("125", CurrencyCode.KZT).convert(new BigDecimal("0.005"), CurrencyCode.EUR))
                .isEqualTo(Money.of("0.62", CurrencyCode.EUR));
        assertThat(Money.of("135", CurrencyCode.KZT).convert(new BigDecimal("0.005"), CurrencyCode.EUR))
                .isEqualTo(Money.of("0.68", CurrencyCode.EUR));
        assertThat(Money.of("1000000", CurrencyCode.KZT).convert(new BigDecimal("0.00476190"), CurrencyCode.EUR))
                .isEqualTo(Money.of("4761.90", CurrencyCode.EUR));
    }

    @Test
    void a_currency_converts_to_itself_only_at_one() {
        assertThat(Money.of("10", CurrencyCode.EUR).convert(BigDecimal.ONE, CurrencyCode.EUR))
                .isEqualTo(Money.of("10.00", CurrencyCode.EUR));
        assertThatThrownBy(() -> Money.of("10", CurrencyCode.EUR).convert(new BigDecimal("2"), CurrencyCode.EUR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amounts_in_different_currencies_never_add_up() {
        assertThatThrownBy(() -> Money.of("1", CurrencyCode.EUR).plus(Money.of("1", CurrencyCode.KZT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_share_per_participant_is_rounded_to_the_minor_units_and_there_is_none_for_nobody() {
        assertThat(Money.of("100", CurrencyCode.EUR).dividedBy(3)).isEqualTo(Money.of("33.33", CurrencyCode.EUR));
        assertThat(Money.of("100", CurrencyCode.EUR).dividedBy(0)).isNull();
    }

    @Test
    void unknown_currency_codes_are_not_parsed_and_known_ones_ignore_case() {
        assertThat(CurrencyCode.parse("kzt")).contains(CurrencyCode.KZT);
        assertThat(CurrencyCode.parse("XYZ")).isEmpty();
    }

    @Test
    void the_time_elapsed_counts_whole_days_of_the_period_and_stays_between_0_and_100() {
        var from = LocalDate.of(2014, 1, 1);
        var to = LocalDate.of(2014, 1, 10);
        assertThat(FundingService.timeElapsed(from, to, LocalDate.of(2014, 1, 3))).isEqualByComparingTo("30.0");
        assertThat(FundingService.timeElapsed(from, to, LocalDate.of(2013, 12, 1))).isEqualByComparingTo("0.0");
        assertThat(FundingService.timeElapsed(from, to, LocalDate.of(2015, 1, 1))).isEqualByComparingTo("100.0");
    }

    @Test
    void a_line_is_near_from_90_percent_and_overspent_beyond_its_plan() {
        var plan = Money.of("1000", CurrencyCode.EUR);
        assertThat(LineState.of(plan, Money.of("899.99", CurrencyCode.EUR))).isEqualTo(LineState.WITHIN);
        assertThat(LineState.of(plan, Money.of("900", CurrencyCode.EUR))).isEqualTo(LineState.NEAR);
        assertThat(LineState.of(plan, Money.of("1000", CurrencyCode.EUR))).isEqualTo(LineState.NEAR);
        assertThat(LineState.of(plan, Money.of("1000.01", CurrencyCode.EUR))).isEqualTo(LineState.OVERSPENT);
    }
}
