package com.srm.mentoring.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One Payara Micro of several that form a Hazelcast data grid on loopback: what its command line
 * needs beyond a single node's. Every member lists every member's data-grid port, so that they find
 * each other over TCP/IP without multicast, and the cluster's name keeps it apart from any other
 * cluster on the same machine.
 *
 * @param cluster the data grid's group name, the same on every member
 * @param name this node's instance name, as the server log and the data grid call it
 * @param dataGridPort the port this node's data grid listens on
 * @param memberPorts the data-grid ports of every member, this node's included
 */
public record ClusterNode(
    String cluster, String name, int dataGridPort, List<Integer> memberPorts) {

  /** The pre-boot commands of a cluster node, under the configuration directory. */
  public static final String PRE_BOOT_COMMANDS = "payara-micro/pre-boot-commands-cluster.asadmin";

  public ClusterNode {
    memberPorts = List.copyOf(memberPorts);
    if (!memberPorts.contains(dataGridPort)) {
      throw new IllegalArgumentException("node " + name + " is not among the members");
    }
  }

  /** The nodes of a cluster, named {@code prefix-1}, {@code prefix-2}…, one per data-grid port. */
  public static List<ClusterNode> of(String cluster, String prefix, List<Integer> ports) {
    List<ClusterNode> nodes = new ArrayList<>();
    for (int i = 0; i < ports.size(); i++) {
      nodes.add(new ClusterNode(cluster, prefix + "-" + (i + 1), ports.get(i), ports));
    }
    return nodes;
  }

  /**
   * The JVM options before {@code -jar}: without this one the data grid listens on every address,
   * whatever the interfaces say.
   */
  public List<String> jvmOptions() {
    return List.of("-Dhazelcast.socket.bind.any=false");
  }

  /** The Payara Micro arguments that replace {@code --nocluster}. */
  public List<String> arguments() {
    String members =
        memberPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    return List.of(
        "--name",
        name,
        "--clustername",
        cluster,
        "--clustermode",
        "tcpip:" + members,
        "--startport",
        String.valueOf(dataGridPort),
        "--interfaces",
        "127.0.0.1",
        // all members on one host: backups would have nowhere to go otherwise
        "--nohostaware",
        "--disablephonehome");
  }

  /** The pre-boot command file of a cluster node in {@code configDir}. */
  public static Path preBootCommands(Path configDir) {
    return configDir.resolve(PRE_BOOT_COMMANDS);
  }
}
