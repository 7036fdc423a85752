package com.srm.mentoring.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.srm.mentoring.testsupport.OutsideContainer;
import com.srm.mentoring.testsupport.PostgresServer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One person's refused reads counted by several nodes on one PostgreSQL at the same moment, each
 * refusal in a transaction of its own: every count is handed out once, so exactly one refusal of a
 * minute is the first past the limit, whichever node it reaches.
 */
class RefusedReadsAcrossNodesIT {

  static final int NODES = 3;
  static final int THREADS_PER_NODE = 4;
  static final int REFUSALS_PER_THREAD = 15;

  static PostgresServer postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = PostgresServer.startTemporary();
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  @Test
  void eachCountIsHandedOutOnceAcrossNodes() throws Exception {
    DataSource db = postgres.migratedDatabase("r" + UUID.randomUUID().toString().substring(0, 8));
    String person = "flood-" + UUID.randomUUID().toString().substring(0, 8);
    int threads = NODES * THREADS_PER_NODE;
    List<EntityManagerFactory> nodes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int n = 0; n < NODES; n++) {
        nodes.add(OutsideContainer.persistenceUnit(db));
      }
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<Integer>>> answers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        EntityManagerFactory node = nodes.get(t % NODES);
        answers.add(pool.submit(() -> refuse(node, person, start)));
      }
      Map<Integer, Integer> timesHandedOut = new TreeMap<>();
      for (Future<List<Integer>> answer : answers) {
        for (int count : answer.get(60, TimeUnit.SECONDS)) {
          timesHandedOut.merge(count, 1, Integer::sum);
        }
      }

      // counts 1..n of one minute, and 1..m of the next should a minute begin meanwhile
      int total = threads * REFUSALS_PER_THREAD;
      assertEquals(total, timesHandedOut.values().stream().mapToInt(Integer::intValue).sum());
      int previous = 2;
      for (int count = 1; count <= total; count++) {
        int times = timesHandedOut.getOrDefault(count, 0);
        assertTrue(times <= previous, "count " + count + " handed out " + timesHandedOut);
        previous = times;
      }
      assertTrue(timesHandedOut.get(1) <= 2, "at most two minutes: " + timesHandedOut);
      assertTrue(rowsOf(db, person) <= 2, "only the person's current minutes are kept");
    } finally {
      pool.shutdownNow();
      nodes.forEach(EntityManagerFactory::close);
    }
  }

  /** One request thread of a node: refusal after refusal, each in a transaction of its own. */
  static List<Integer> refuse(EntityManagerFactory node, String person, CyclicBarrier start)
      throws Exception {
    RefusedReads counter = new RefusedReads();
    start.await(30, TimeUnit.SECONDS);
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < REFUSALS_PER_THREAD; i++) {
      EntityManager em = node.createEntityManager();
      try {
        em.getTransaction().begin();
        counts.add(counter.countOne(em, person));
        em.getTransaction().commit();
      } finally {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
    return counts;
  }

  static int rowsOf(DataSource db, String person) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM refused_read_count WHERE username = ?")) {
      ps.setString(1, person);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
