package com.srm.mentoring.pairing.control;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn–Munkres with potentials, O(n³)): an assignment of rows to columns
 * of largest total weight. A rectangular matrix is padded with zero weights, so a row may end up
 * without a column.
 */
final class Hungarian {

  private Hungarian() {}

  /**
   * For each row, the column assigned to it, or -1 for none.
   *
   * @param weight non-negative weights, {@code weight[row][column]}, rows of equal length
   */
  static int[] maximise(int[][] weight) {
    int rows = weight.length;
    int columns = rows == 0 ? 0 : weight[0].length;
    int n = Math.max(rows, columns);
    int[] result = new int[rows];
    Arrays.fill(result, -1);
    if (rows == 0 || columns == 0) {
      return result;
    }
    long max = 0;
    for (int[] row : weight) {
      for (int w : row) {
        max = Math.max(max, w);
      }
    }
    // minimise max - weight over the padded square matrix (1-based, as the classic formulation)
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] match = new int[n + 1]; // match[column] = row
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      match[0] = i;
      int j0 = 0;
      long[] minv = new long[n + 1];
      Arrays.fill(minv, Long.MAX_VALUE);
      boolean[] used = new boolean[n + 1];
      do {
        used[j0] = true;
        int i0 = match[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = cost(weight, max, i0 - 1, j - 1) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[match[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (match[j0] != 0);
      do {
        int j1 = way[j0];
        match[j0] = match[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    for (int j = 1; j <= n; j++) {
      int row = match[j] - 1;
      if (row >= 0 && row < rows && j - 1 < columns) {
        result[row] = j - 1;
      }
    }
    return result;
  }

  private static long cost(int[][] weight, long max, int row, int column) {
    boolean real = row < weight.length && column < weight[0].length;
    return max - (real ? weight[row][column] : 0);
  }
}
