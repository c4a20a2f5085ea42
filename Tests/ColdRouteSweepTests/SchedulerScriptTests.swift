import ColdRouteSweep
import Foundation
import Testing

/// The Slurm batch scripts and the Kubernetes Indexed Job: the directives each scheduler needs.
@Suite struct SchedulerScriptTests {
    @Test func slurmArrayAndCollector() {
        let s = SlurmScript(executable: "/opt/bin/coldroute", manifest: "/data/p.toml", directory: "/data/out", tasks: 96,
                            partition: "short", maxRunning: 8, time: "00:10:00", memory: "2G", jobName: "coldroute-p")
        let array = s.arrayScript.split(separator: "\n").map(String.init)
        #expect(array.first == "#!/bin/bash")
        for line in ["#SBATCH --array=0-95%8", "#SBATCH --partition=short", "#SBATCH --time=00:10:00", "#SBATCH --mem=2G",
                     "#SBATCH --output=/data/out/logs/%a.out", "#SBATCH --error=/data/out/logs/%a.err", "#SBATCH --cpus-per-task=1",
                     "exec /opt/bin/coldroute sweep task /data/p.toml --out /data/out"] {
            #expect(array.contains(line), "missing \(line)")
        }
        // sbatch reads directives only before the first command.
        let firstCommand = array.firstIndex { !$0.hasPrefix("#") }!
        #expect(array.lastIndex { $0.hasPrefix("#SBATCH") }! < firstCommand)
        let collect = s.collectScript
        #expect(collect.contains("exec /opt/bin/coldroute sweep collect /data/out") && !collect.contains("--array"))
        #expect(SlurmScript(executable: "/c", manifest: "/m", directory: "/d", tasks: 3).arrayScript.contains("#SBATCH --array=0-2\n"))
        #expect(SlurmScript(executable: "/c", manifest: "/my files/m.toml", directory: "/d", tasks: 3).arrayScript
            .contains("sweep task '/my files/m.toml'"))
    }

    @Test func parsableJobIDs() {
        #expect(SlurmScript.jobID(fromParsable: "12345\n") == "12345")
        #expect(SlurmScript.jobID(fromParsable: "12345;cluster\n") == "12345")
        #expect(SlurmScript.jobID(fromParsable: "sbatch: error") == nil)
    }

    @Test func kubernetesIndexedJob() {
        let k = KubernetesManifest(name: "Shaanxi South", image: "registry.example/coldroute:1", manifest: "province.toml",
                                   directory: "out/p", tasks: 96, parallelism: 16)
        let job = k.jobYAML
        for line in ["kind: Job", "  completionMode: Indexed", "  completions: 96", "  parallelism: 16", "  backoffLimitPerIndex: 1",
                     "  name: coldroute-sweep-shaanxi-south",
                     "        args: [\"sweep\", \"task\", \"province.toml\", \"--out\", \"out/p\"]",
                     "        image: \"registry.example/coldroute:1\"", "      restartPolicy: Never",
                     "        persistentVolumeClaim: {claimName: \"coldroute-sweep\"}",
                     "        - {name: sweep, mountPath: \"/sweep\"}"] {
            #expect(job.split(separator: "\n").contains(Substring(line)), "missing \(line)")
        }
        let collect = k.collectYAML
        #expect(collect.contains("args: [\"sweep\", \"collect\", \"out/p\"]") && !collect.contains("Indexed"))
        // Indentation: every line under spec is indented by whole steps of two spaces, no tabs.
        for text in [job, collect] {
            #expect(!text.contains("\t"))
            for line in text.split(separator: "\n") { #expect(line.prefix { $0 == " " }.count % 2 == 0, "odd indent: \(line)") }
        }
    }
}
