package eu.topcop.learn.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates in each of the seven languages read day before month, in the reader's zone, never the US way. */
class ReaderTimeTest {

    private static final Instant MORNING_IN_TBILISI = Instant.parse("2026-03-04T05:05:00Z");

    private static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | 4 Mar 2026, 09:05      | 4 March 2026",
                "ru | 4 мар. 2026 г., 09:05  | 4 марта 2026 г.",
                "uk | 4 бер. 2026 р., 09:05  | 4 березня 2026 р.",
                "ka | 4 მარ. 2026, 09:05     | 4 მარტი, 2026",
                "hy | 04 մրտ, 2026 թ., 09:05 | 04 մարտի, 2026 թ.",
                "az | 4 mar 2026 09:05       | 4 mart 2026",
                "ro | 4 mar. 2026, 09:05     | 4 martie 2026"
            })
    void shouldWriteTheDayBeforeTheMonthAndA24HourClockInEveryLanguage(
            String language, String dateTime, String longDate) {
        ReaderTime reader = ReaderTime.of(TBILISI, Locale.forLanguageTag(language));
        assertEquals(dateTime, reader.dateTime(MORNING_IN_TBILISI));
        assertEquals(longDate, reader.longDate(LocalDate.of(2026, 3, 4)));
        assertFalse(reader.dateTime(MORNING_IN_TBILISI).contains("AM"), "no US clock");
    }

    @Test
    void shouldShowTheSameMomentInTheReadersOwnZone() {
        assertEquals("09:05", ReaderTime.of(TBILISI, Locale.ENGLISH).time(MORNING_IN_TBILISI));
        assertEquals(
                "07:05", ReaderTime.of(ZoneId.of("Europe/Kyiv"), Locale.ENGLISH).time(MORNING_IN_TBILISI));
        assertEquals("05:05", ReaderTime.of(ZoneOffset.UTC, Locale.ENGLISH).time(MORNING_IN_TBILISI));
    }

    @Test
    void shouldTakeTheDayOfTheReadersZoneForAMomentLateInTheUtcEvening() {
        Instant lateInUtc = Instant.parse("2026-03-04T22:30:00Z");
        assertEquals("5 Mar 2026", ReaderTime.of(TBILISI, Locale.ENGLISH).date(lateInUtc));
        assertEquals("4 Mar 2026", ReaderTime.of(ZoneOffset.UTC, Locale.ENGLISH).date(lateInUtc));
    }

    @Test
    void shouldMarkAVenueTimeWithItsZoneAndGiveTheReadersTimeBesideWhenItDiffers() {
        ReaderTime inKyiv = ReaderTime.of(ZoneId.of("Europe/Kyiv"), Locale.ENGLISH);
        assertEquals(
                "4 Mar 2026, 09:05 Georgia Time (07:05 Eastern European Time)",
                inKyiv.atVenue(MORNING_IN_TBILISI, TBILISI));
        ReaderTime inTbilisi = ReaderTime.of(TBILISI, Locale.ENGLISH);
        assertEquals("09:05 Georgia Time", inTbilisi.timeAtVenue(MORNING_IN_TBILISI, TBILISI));
    }

    @ParameterizedTest
    @CsvSource({"en, 4 Mar", "ru, 4 мар.", "ka, 4 მარ", "hy, 04 մրտ", "az, 4 mar", "ro, 4 mar.", "uk, 4 бер."})
    void shouldWriteADayOfARegisterWithoutItsYear(String language, String expected) {
        String day = ReaderTime.days(Locale.forLanguageTag(language)).dayMonth(LocalDate.of(2026, 3, 4));
        assertEquals(expected, day);
        assertFalse(day.contains("2026"));
    }

    @Test
    void shouldNameUtcInWordsRatherThanZ() {
        assertEquals("Coordinated Universal Time", ReaderTime.UTC_ENGLISH.zoneName(ZoneOffset.UTC));
    }

    @Test
    void shouldDeriveAZoneFromTheCountryAndReadUnknownCountriesAsUtc() {
        assertEquals(ZoneId.of("Asia/Yerevan"), Zones.ofCountry("AM"));
        assertEquals(ZoneId.of("Asia/Baku"), Zones.ofCountry("AZ"));
        assertEquals(TBILISI, Zones.ofCountry("ge"));
        assertEquals(ZoneId.of("Europe/Chisinau"), Zones.ofCountry("MD"));
        assertEquals(ZoneId.of("Europe/Kyiv"), Zones.ofCountry("UA"));
        assertEquals(ZoneId.of("Europe/Budapest"), Zones.ofCountry("HU"));
        assertEquals(ZoneId.of("Europe/Lisbon"), Zones.ofCountry("PT"));
        assertEquals(ZoneOffset.UTC, Zones.ofCountry("XX"));
        assertEquals(ZoneOffset.UTC, Zones.ofCountry(null));
    }

    @Test
    void shouldAcceptOnlyZonesTheJdkKnowsAndOfferTheLikelyOnesFirst() {
        assertEquals(TBILISI, Zones.of("Asia/Tbilisi").orElseThrow());
        assertEquals("UTC", Zones.idOf(Zones.of("UTC").orElseThrow()));
        assertEquals("Africa/Abidjan", Zones.idOf(Zones.of("Africa/Abidjan").orElseThrow()));
        assertTrue(Zones.of("Mars/Olympus_Mons").isEmpty());
        assertTrue(Zones.of("+04:00").isEmpty(), "an offset is no place");
        assertTrue(Zones.of("x".repeat(100)).isEmpty());
        assertEquals("Asia/Tbilisi", Zones.choices().get(0));
        assertTrue(Zones.choices().contains("America/New_York"));
        assertEquals(Zones.choices().size(), Zones.choices().stream().distinct().count());
    }
}
