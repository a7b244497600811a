# Every exported cmdlet ships with help that a user can act on, compiled by the build from
# docs/help/<Verb-Noun>.md. Adding a cmdlet to the manifest adds it here; its help source
# is what makes these tests pass.

BeforeDiscovery {
    $manifest = Join-Path $PSScriptRoot '../../out/InnerSpace/InnerSpace.psd1'
    $cmdlets = @()
    if (Test-Path -LiteralPath $manifest) {
        $cmdlets = @((Import-PowerShellDataFile -LiteralPath $manifest).CmdletsToExport)
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters +
        [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
    $generated = '^(Accepted values|Valid range|Parameter sets): '

    function Get-OwnParameterName {
        param([System.Management.Automation.CommandInfo] $Command)

        @($Command.Parameters.Keys | Where-Object { $commonParameters -notcontains $_ } | Sort-Object)
    }

    function Get-HelpField {
        # A field of a help object, or $null where help has none: Get-Help leaves fields
        # out (parameters of a cmdlet without any), and build.ps1 runs under strict mode.
        param($Object, [string[]] $Path)

        foreach ($name in $Path) {
            if ($null -eq $Object -or -not $Object.PSObject.Properties[$name]) {
                return $null
            }

            $Object = $Object.$name
        }

        $Object
    }

    function Get-TextOf {
        # The text of a help field, which Get-Help gives as objects with a Text property.
        param($Field)

        (@($Field) | ForEach-Object { if ($_ -is [string]) { $_ } else { $_.Text } }) -join ' '
    }

    function Get-BoundSet {
        # The parameter sets that one invocation in an example's code can bind to: named
        # parameters resolved like PowerShell does (aliases, prefixes), positional arguments
        # given to the set's positional parameters in order, mandatory parameters bound or,
        # after a pipe, taken from the pipeline.
        param(
            [System.Management.Automation.CommandInfo] $Command,
            [System.Management.Automation.Language.CommandAst] $Call
        )

        $named = @()
        $positional = 0
        $elements = @($Call.CommandElements | Select-Object -Skip 1)
        for ($index = 0; $index -lt $elements.Count; $index++) {
            $element = $elements[$index]
            if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
                $parameter = $Command.ResolveParameter($element.ParameterName)
                $named += $parameter.Name
                if ($null -eq $element.Argument -and -not $parameter.SwitchParameter) {
                    $index++
                }
            }
            else {
                $positional++
            }
        }

        $pipeline = $Call.Parent -as [System.Management.Automation.Language.PipelineAst]
        $piped = $pipeline -and $pipeline.PipelineElements.IndexOf($Call) -gt 0

        foreach ($set in $Command.ParameterSets) {
            $members = @($set.Parameters.Name)
            if (@($named | Where-Object { $members -notcontains $_ }).Count) {
                continue
            }

            $free = @($set.Parameters | Where-Object { $_.Position -ge 0 -and $named -notcontains $_.Name } |
                Sort-Object Position)
            if ($positional -gt $free.Count) {
                continue
            }

            $bound = $named + @($free | Select-Object -First $positional | ForEach-Object Name)
            $unbound = @($set.Parameters | Where-Object {
                    $_.IsMandatory -and $bound -notcontains $_.Name -and
                    -not ($piped -and ($_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName))
                })
            if ($unbound.Count -eq 0) {
                $set.Name
            }
        }
    }
}

Describe '<_> help' -ForEach $cmdlets {
    BeforeAll {
        $command = Get-Command -Name $_ -Module InnerSpace
        $help = Get-Help -Name $_ -Full
        $helpParameters = @(Get-HelpField $help 'parameters', 'parameter' | Where-Object { $_ })
        $examples = @(Get-HelpField $help 'examples', 'example' | Where-Object { $_ })
    }

    Context 'Text' {
        It 'has a synopsis written for it, not the generated syntax line' {
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -Match "^\s*$([regex]::Escape($command.Name))\s+\["
        }

        It 'has a description' {
            Get-TextOf (Get-HelpField $help 'description') | Should -Not -BeNullOrEmpty
        }

        It 'names what it takes from the pipeline and what it writes' {
            @(Get-HelpField $help 'inputTypes', 'inputType' | Where-Object { $_ }).Count | Should -BeGreaterThan 0
            @(Get-HelpField $help 'returnValues', 'returnValue' | Where-Object { $_ }).Count | Should -BeGreaterThan 0
        }
    }

    Context 'Parameters' {
        It 'documents exactly the parameters the cmdlet has' {
            $documented = @($helpParameters | ForEach-Object name | Sort-Object)

            $documented -join ', ' | Should -Be ((Get-OwnParameterName $command) -join ', ')
        }

        It 'describes every parameter in words of its own' {
            # The build appends accepted values, ranges and sets; they do not count here.
            $silent = @($helpParameters | Where-Object {
                    $words = @(Get-HelpField $_ 'description' | Where-Object { "$_" -and $_.Text -notmatch $generated })
                    -not (Get-TextOf $words)
                } | ForEach-Object name)

            $silent | Should -BeNullOrEmpty -Because 'each parameter needs a description in docs/help'
        }

        It 'states the type, default value and pipeline input of every parameter' {
            foreach ($parameter in $helpParameters) {
                $name = $parameter.name
                Get-HelpField $parameter 'type', 'name' | Should -Not -BeNullOrEmpty -Because "-$name needs a type"
                Get-HelpField $parameter 'defaultValue' | Should -Not -BeNullOrEmpty -Because "-$name needs a default"
                Get-HelpField $parameter 'pipelineInput' |
                    Should -Match '^(True|False)' -Because "-$name needs pipeline input"
            }
        }

        It 'lists the accepted values of parameters that have a fixed set' {
            $limited = @($command.Parameters.Values |
                    Where-Object { $_.Attributes | Where-Object { $_ -is [ValidateSet] } })
            foreach ($parameter in $limited) {
                $values = ($parameter.Attributes | Where-Object { $_ -is [ValidateSet] }).ValidValues
                $documented = $helpParameters | Where-Object name -EQ $parameter.Name
                $text = Get-TextOf (Get-HelpField $documented 'description')

                $text | Should -Match ([regex]::Escape("Accepted values: $($values -join ', ')"))
            }
        }
    }

    Context 'Examples' {
        It 'has at least one example with code' {
            $examples.Count | Should -BeGreaterThan 0
            @($examples | Where-Object { -not (Get-HelpField $_ 'code') }) | Should -BeNullOrEmpty
        }

        It 'shows every parameter set in an example' {
            $shown = foreach ($example in $examples) {
                $code = "$(Get-HelpField $example 'code')"
                $ast = [System.Management.Automation.Language.Parser]::ParseInput($code, [ref]$null, [ref]$null)
                $calls = $ast.FindAll({
                        param($node)
                        $node -is [System.Management.Automation.Language.CommandAst] -and
                        $node.GetCommandName() -eq $command.Name
                    }, $true)
                foreach ($call in $calls) {
                    Get-BoundSet -Command $command -Call $call
                }
            }

            $missing = @($command.ParameterSets.Name | Where-Object { @($shown) -notcontains $_ })
            $missing | Should -BeNullOrEmpty -Because 'each parameter set needs an example that binds to it'
        }
    }
}

Describe 'about_InnerSpace' {
    BeforeAll {
        $text = Get-Help about_InnerSpace | Out-String
    }

    It 'is found by Get-Help once the module is imported' {
        $text | Should -Match 'about_InnerSpace'
    }

    It 'explains <_>' -ForEach @(
        'SESSIONS PER RUNSPACE', 'RE-AUTHENTICATION ON 401', 'RETRIES', 'THE SANDBOX',
        'TIME ZONES AND DATES', 'CSV FILES AND CULTURE', 'ERRORS'
    ) {
        $text | Should -Match ([regex]::Escape($_))
    }

    It 'lists every error id the module reports' {
        $ids = [InnerSpace.Client.ErrorIds].GetFields() | Where-Object IsLiteral | ForEach-Object { $_.GetValue($null) }
        $ids | Should -Not -BeNullOrEmpty

        @($ids | Where-Object { $text -notmatch "\b$_\b" }) | Should -BeNullOrEmpty
    }
}
