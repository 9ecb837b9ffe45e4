return GluteLab.Cli.CliApp.Run(args);
