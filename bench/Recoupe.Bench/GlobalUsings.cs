global using ThreadCpu = Recoupe.Diagnostics.ThreadCpu;
