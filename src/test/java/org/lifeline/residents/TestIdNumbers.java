package org.lifeline.residents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid PRC resident ID numbers, distinct for every call in a run: birth date and sequence number follow a
 * counter, the check character is computed.
 */
public final class TestIdNumbers {

	private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 20_000_000));

	private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

	private TestIdNumbers() {
	}

	public static String next() {
		return of(NEXT.getAndIncrement());
	}

	/** The n-th number (distinct for n below 28 million). */
	public static String of(long n) {
		LocalDate birth = FIRST_BIRTH.plusDays((n / 999) % 29_000);
		String first17 = "310104" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", n % 999 + 1);
		return first17 + PrcIdNumber.checkCharacter(first17);
	}

	public static LocalDate birthDate(String number) {
		return PrcIdNumber.birthDate(number).orElseThrow();
	}

	/** 男 or 女 as the number encodes it. */
	public static String sex(String number) {
		return PrcIdNumber.sex(number).chinese();
	}
}
