package org.lifeline.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The convex hull of points (lon, lat), widened by a margin so that a single compound or a line of them still
 * draws as an area: Andrew's monotone chain, closed ring as GeoJSON wants it (first point repeated last).
 */
final class Hull {

	private Hull() {
	}

	static List<List<Double>> ring(List<double[]> points, double margin) {
		List<double[]> widened = new ArrayList<>(points.size() * 4);
		for (double[] p : points) {
			widened.add(new double[] { p[0] - margin, p[1] - margin });
			widened.add(new double[] { p[0] + margin, p[1] - margin });
			widened.add(new double[] { p[0] + margin, p[1] + margin });
			widened.add(new double[] { p[0] - margin, p[1] + margin });
		}
		widened.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
		int n = widened.size();
		double[][] hull = new double[2 * n][];
		int k = 0;
		for (int i = 0; i < n; i++) {
			while (k >= 2 && cross(hull[k - 2], hull[k - 1], widened.get(i)) <= 0) {
				k--;
			}
			hull[k++] = widened.get(i);
		}
		for (int i = n - 2, lower = k + 1; i >= 0; i--) {
			while (k >= lower && cross(hull[k - 2], hull[k - 1], widened.get(i)) <= 0) {
				k--;
			}
			hull[k++] = widened.get(i);
		}
		List<List<Double>> ring = new ArrayList<>(k);
		for (int i = 0; i < k; i++) {
			ring.add(List.of(hull[i][0], hull[i][1]));
		}
		return ring;
	}

	private static double cross(double[] o, double[] a, double[] b) {
		return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
	}
}
