package org.lifeline.demo;

import java.util.SplittableRandom;

import org.lifeline.residents.Sex;

/** Personal names: common surnames weighted roughly as in Shanghai, and one- or two-character given names. */
final class ChineseNames {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
			+ "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
			+ "万钱严覃武戴莫孔向汤";

	/** Surnames more common in Shanghai than nationally, drawn a second time. */
	private static final String LOCAL_SURNAMES = "陈王张徐朱周沈顾陆吴金钱施姚曹孙杨黄";

	private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建"
			+ "国文志海东晨峰轩睿博豪昊德荣忠民良";

	private static final String FEMALE = "芳娜敏静丽艳娟霞秀英玲婷雪慧洁琳颖倩萍红梅莉晶燕琴云欣怡雯佳悦思涵诗萱兰凤珍娣";

	private static final String SHARED = "子一嘉家天佳思永春晓雨";

	private ChineseNames() {
	}

	static String surname(SplittableRandom random) {
		if (random.nextInt(3) == 0) {
			return String.valueOf(LOCAL_SURNAMES.charAt(random.nextInt(LOCAL_SURNAMES.length())));
		}
		int index = (int) (SURNAMES.length() * Math.pow(random.nextDouble(), 1.8));
		return String.valueOf(SURNAMES.charAt(index));
	}

	static String given(Sex sex, SplittableRandom random) {
		String pool = sex == Sex.M ? MALE : FEMALE;
		char last = pool.charAt(random.nextInt(pool.length()));
		int shape = random.nextInt(10);
		if (shape < 3) {
			return String.valueOf(last);
		}
		String firstPool = shape < 5 ? SHARED : pool;
		char first = firstPool.charAt(random.nextInt(firstPool.length()));
		return first + String.valueOf(last);
	}
}
